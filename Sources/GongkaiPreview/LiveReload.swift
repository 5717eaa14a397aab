import GongkaiCore

/// What `gongkai serve` adds to every HTML page it serves (never to the built site): a small
/// script that reloads the page after each rebuild, and, when the latest build failed, a box
/// at the top of the page with the problems.
enum LiveReload {
    static let statusPath = "/__gongkai/status"

    static let script = """
        <script>
        (function () {
          var seen = null;
          function poll() {
            var request = new XMLHttpRequest();
            request.open('GET', '\(statusPath)');
            request.onload = function () {
              try {
                var status = JSON.parse(request.responseText);
                if (seen !== null && status.generation !== seen) { location.reload(); return; }
                seen = status.generation;
              } catch (e) {}
              setTimeout(poll, 700);
            };
            request.onerror = function () { setTimeout(poll, 2000); };
            request.send();
          }
          poll();
        })();
        </script>
        """

    static func inject(into html: String, problems: [Diagnostic]) -> String {
        var page = html
        let errors = problems.filter { $0.severity == .error }
        if !errors.isEmpty, let body = page.range(of: "<body>") {
            page.insert(contentsOf: banner(errors), at: body.upperBound)
        }
        if let end = page.range(of: "</body>", options: .backwards) {
            page.insert(contentsOf: script, at: end.lowerBound)
        } else {
            page += script
        }
        return page
    }

    /// The problems of the failed build, above the last good version of the page.
    static func banner(_ errors: [Diagnostic]) -> String {
        var html = "\n<div class=\"gongkai-preview-errors\" role=\"alert\" style=\"border:4px solid #9c3d00;background:#fff;color:#1a1a1a;padding:1rem;margin:0.5rem;font-size:1rem;\">"
        html += "<p><strong>最近一次修改有 \(errors.count) 个错误，网站没有更新，下面显示的是上一次成功生成的版本。</strong></p><ul>"
        for error in errors.prefix(50) {
            html += "<li><code>\(escape(error.location.description))</code> \(escape(error.code.rawValue))：\(escape(error.message))<br>提示：\(escape(error.hint))</li>"
        }
        return html + "</ul></div>\n"
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}

import Foundation
