import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Decodes the bytes of a table that a webmaster saved from Excel: UTF-8 (with or without a
/// byte-order mark) or, when the bytes are not valid UTF-8, GB18030 (which includes GBK and
/// GB2312, what Excel writes for "CSV" on a Chinese Windows).
enum TextEncodingDetector {
    enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case utf8WithBOM = "UTF-8（带 BOM）"
        case gb18030 = "GB18030"
    }

    struct Decoded {
        var text: String
        var encoding: Encoding
    }

    enum Failure: Error, Equatable {
        /// Neither UTF-8 nor GB18030; the line (from 1) of the first byte that fits neither.
        case undecodable(line: Int)
    }

    static func decode(_ data: Data) -> Result<Decoded, Failure> {
        if data.starts(with: [0xEF, 0xBB, 0xBF]) {
            if let text = String(validating: data.dropFirst(3), as: UTF8.self) {
                return .success(Decoded(text: text, encoding: .utf8WithBOM))
            }
        } else if let text = String(validating: data, as: UTF8.self) {
            return .success(Decoded(text: text, encoding: .utf8))
        }
        if let text = GB18030.decode(data) {
            return .success(Decoded(text: text, encoding: .gb18030))
        }
        return .failure(.undecodable(line: GB18030.firstUndecodableLine(data)))
    }
}

/// GB18030 through glibc's iconv, which every Debian system has.
enum GB18030 {
    static func decode(_ data: Data) -> String? {
        guard let converter = Converter(from: "GB18030", to: "UTF-8") else { return nil }
        defer { converter.close() }
        return converter.convert(data).flatMap { String(validating: $0, as: UTF8.self) }
    }

    static func encode(_ text: String) -> Data? {
        guard let converter = Converter(from: "UTF-8", to: "GB18030") else { return nil }
        defer { converter.close() }
        return converter.convert(Data(text.utf8))
    }

    /// The line holding the first byte sequence that is not GB18030.
    static func firstUndecodableLine(_ data: Data) -> Int {
        var line = 1
        var start = data.startIndex
        for index in data.indices where data[index] == 0x0A {
            if decode(data[start..<index]) == nil && String(validating: data[start..<index], as: UTF8.self) == nil {
                return line
            }
            line += 1
            start = data.index(after: index)
        }
        return line
    }

    /// A thin owner of an iconv descriptor.
    private struct Converter {
        let descriptor: iconv_t

        init?(from source: String, to target: String) {
            let descriptor = iconv_open(target, source)
            guard let descriptor, descriptor != iconv_t(bitPattern: -1) else { return nil }
            self.descriptor = descriptor
        }

        func close() { iconv_close(descriptor) }

        /// The converted bytes, or nil at the first invalid or incomplete sequence.
        func convert(_ input: Data) -> Data? {
            if input.isEmpty { return Data() }
            var source = [UInt8](input)
            var output = Data()
            var buffer = [UInt8](repeating: 0, count: max(4096, source.count * 4))
            return source.withUnsafeMutableBufferPointer { sourceBuffer -> Data? in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(sourceBuffer.baseAddress!)
                    .assumingMemoryBound(to: CChar.self)
                var inLeft = sourceBuffer.count
                while inLeft > 0 {
                    let produced: Int? = buffer.withUnsafeMutableBufferPointer { outBuffer in
                        var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress!)
                            .assumingMemoryBound(to: CChar.self)
                        var outLeft = outBuffer.count
                        let result = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                        if result == -1 && errno != E2BIG { return nil }
                        return outBuffer.count - outLeft
                    }
                    guard let produced else { return nil }
                    output.append(contentsOf: buffer[0..<produced])
                }
                return output
            }
        }
    }
}
