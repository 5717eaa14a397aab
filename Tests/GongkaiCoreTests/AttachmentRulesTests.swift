import Foundation
import Testing

@testable import GongkaiCore

/// Attachment types, sizes as residents read them, file signatures and listed names.
@Suite struct AttachmentRulesTests {
    @Test func typesAreKnownByExtensionInAnyCase() {
        #expect(AttachmentKind(fileName: "会议记录.PDF") == .pdf)
        #expect(AttachmentKind(fileName: "现场.jpg") == .jpeg)
        #expect(AttachmentKind(fileName: "现场.JPEG") == .jpeg)
        #expect(AttachmentKind(fileName: "明细.xlsx") == .xlsx)
        #expect(AttachmentKind(fileName: "明细.csv") == .csv)
        #expect(AttachmentKind(fileName: "说明.txt") == .txt)
        for name in ["安装.exe", "页面.html", "脚本.js", "图.svg", "压缩.zip", "无扩展名", "文档.pdf.exe"] {
            #expect(AttachmentKind(fileName: name) == nil, "\(name)")
        }
    }

    @Test func sizesAreWrittenInChineseUnits() {
        #expect(AttachmentSize.text(0) == "0 字节")
        #expect(AttachmentSize.text(1023) == "1023 字节")
        #expect(AttachmentSize.text(1024) == "1 KB")
        #expect(AttachmentSize.text(250_880) == "245 KB")
        #expect(AttachmentSize.text(1024 * 1024) == "1 MB")
        #expect(AttachmentSize.text(1_572_864) == "1.5 MB")
        #expect(AttachmentSize.text(20 * 1024 * 1024) == "20 MB")
    }

    @Test func theFirstBytesMustFitTheType() {
        #expect(AttachmentSignature.matches(Data("%PDF-1.7\n".utf8), kind: .pdf))
        #expect(!AttachmentSignature.matches(Data("<html>".utf8), kind: .pdf))
        #expect(AttachmentSignature.matches(Data([0xFF, 0xD8, 0xFF, 0xE0]), kind: .jpeg))
        #expect(AttachmentSignature.matches(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), kind: .png))
        #expect(AttachmentSignature.matches(Data([0x50, 0x4B, 0x03, 0x04, 0x14]), kind: .xlsx))
        #expect(!AttachmentSignature.matches(Data([0x50, 0x4B, 0x03, 0x04]), kind: .xls))
        #expect(AttachmentSignature.matches(Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]), kind: .doc))
        #expect(AttachmentSignature.matches(Data("项目,金额\n".utf8), kind: .csv))
        #expect(AttachmentSignature.matches(Data([0xFF, 0xFE, 0x79, 0x98, 0x00, 0x00]), kind: .txt), "UTF-16 text from Excel")
        #expect(!AttachmentSignature.matches(Data([0x4D, 0x5A, 0x90, 0x00]), kind: .txt), "a program renamed to .txt")
    }

    @Test func onlyPlainFileNamesOfTheFolderAreAccepted() {
        #expect(AttachmentDecoder.pathProblem("会议记录.pdf") == nil)
        #expect(AttachmentDecoder.pathProblem("2024 年 会议记录 (签字页).pdf") == nil)
        for name in ["../village.yaml", "../../services.csv", "/etc/passwd", "子文件夹/记录.pdf", "..\\记录.pdf", ".hidden.pdf", "记录\u{0}.pdf"] {
            #expect(AttachmentDecoder.pathProblem(name) != nil, "\(name)")
        }
    }

    @Test func linksEncodeEveryCharacterOutsideTheSafeSet() {
        #expect(AttachmentView.href("minutes-2024_v1.pdf") == "minutes-2024_v1.pdf")
        #expect(AttachmentView.href("会议 记录#1?.pdf") == "%E4%BC%9A%E8%AE%AE%20%E8%AE%B0%E5%BD%95%231%3F.pdf")
    }
}
