#include <qrencode.h>

/*
 * Encodes `input` with the given mask pattern (0-7) instead of trying all eight and keeping the
 * one with the lowest penalty. Exported by libqrencode since 3.2.0 (Debian's symbols file for
 * libqrencode4 lists it as QRcode_encodeMask@Base 3.2.0) but declared only in the library's
 * internal header, so it is declared here. The mask search is what QRcode_encodeString8bit
 * spends almost all its time on: about 170 microseconds against 9 for a 33-module code.
 */
extern QRcode *QRcode_encodeMask(QRinput *input, int mask);
