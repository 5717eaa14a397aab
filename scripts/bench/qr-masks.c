/*
 * For each address read from standard input (one per line), encodes it as gongkai does (byte
 * mode, level M, smallest version) with libqrencode's own choice of mask and with each of the
 * eight fixed masks, and prints the time per code and the mean and worst penalty of each mask
 * against the chosen one. The figures behind QRCodeSVG.maskPattern (docs/qr-codes.md).
 *
 *   cc -O2 scripts/bench/qr-masks.c -lqrencode -o /tmp/qr-masks
 *   find public -name index.html | sed 's|^public/|https://example.gov.cn/|; s|index.html$||' | /tmp/qr-masks
 *
 * QRcode_encodeMask and Mask_evaluateSymbol are exported by libqrencode (Debian's symbols file
 * lists both since 3.2.0) but declared only in its internal headers.
 */
#include <qrencode.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

extern QRcode *QRcode_encodeMask(QRinput *input, int mask);
extern int Mask_evaluateSymbol(int width, unsigned char *frame);

static double seconds(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return now.tv_sec + now.tv_nsec / 1e9;
}

static QRcode *encode(const char *text, int mask) {
    QRinput *input = QRinput_new2(0, QR_ECLEVEL_M);
    QRinput_append(input, QR_MODE_8, (int)strlen(text), (const unsigned char *)text);
    QRcode *code = QRcode_encodeMask(input, mask);
    QRinput_free(input);
    return code;
}

int main(void) {
    size_t capacity = 1024, count = 0;
    char **texts = malloc(capacity * sizeof *texts);
    char line[4096];
    while (fgets(line, sizeof line, stdin)) {
        line[strcspn(line, "\n")] = 0;
        if (count == capacity) texts = realloc(texts, (capacity *= 2) * sizeof *texts);
        texts[count++] = strdup(line);
    }
    if (count == 0) return 1;

    double start = seconds();
    long chosenTotal = 0;
    int *chosen = malloc(count * sizeof *chosen);
    for (size_t i = 0; i < count; i++) {
        QRcode *code = QRcode_encodeString8bit(texts[i], 0, QR_ECLEVEL_M);
        chosen[i] = Mask_evaluateSymbol(code->width, code->data);
        chosenTotal += chosen[i];
        QRcode_free(code);
    }
    printf("%zu addresses\nbest of eight: %.1f us a code (penalty included), mean penalty %.0f\n",
           count, (seconds() - start) / count * 1e6, (double)chosenTotal / count);

    for (int mask = 0; mask < 8; mask++) {
        start = seconds();
        for (size_t i = 0; i < count; i++) QRcode_free(encode(texts[i], mask));
        double perCode = (seconds() - start) / count * 1e6;
        long total = 0;
        int worst = 0;
        for (size_t i = 0; i < count; i++) {
            QRcode *code = encode(texts[i], mask);
            int penalty = Mask_evaluateSymbol(code->width, code->data);
            total += penalty;
            if (penalty - chosen[i] > worst) worst = penalty - chosen[i];
            QRcode_free(code);
        }
        printf("mask %d: %.1f us a code, mean penalty %.0f (%+.1f %%), worst %+d\n", mask, perCode,
               (double)total / count, 100.0 * (total - chosenTotal) / chosenTotal, worst);
    }
    return 0;
}
