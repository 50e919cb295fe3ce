using System.Net;
using System.Text;
using System.Text.Json;
using CareerBot.Storage;

namespace CareerBot.Reports;

/// <summary>
/// The report as one self-contained HTML page that opens offline: inline styles, the data as embedded JSON, and two
/// SVG charts (questions per day, split answered / not; answered vs not overall) drawn by an inline script. The
/// page's policy forbids loading anything from anywhere. Tables are written here, HTML-encoded; after drawing, the
/// script marks each chart with its bar count and drawn area, which the browser test reads.
/// </summary>
internal static class ReportHtml
{
    public static string Render(ReportData report)
    {
        ArgumentNullException.ThrowIfNull(report);
        // The default encoder escapes <, > and &: the JSON cannot close its <script> element.
        var data = JsonSerializer.Serialize(ReportJson.Shape(report), new JsonSerializerOptions(JsonSerializerDefaults.Web));
        var html = new StringBuilder();
        html.Append("""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>CareerBot report</title>
            <style>
            body { font-family: system-ui, sans-serif; margin: 2rem; color: #1f2328; max-width: 60rem; }
            h1 { font-size: 1.5rem; } h2 { font-size: 1.15rem; margin-top: 2rem; }
            .totals { display: flex; gap: 2rem; flex-wrap: wrap; } .totals div { font-size: 1.1rem; } .totals b { font-size: 1.6rem; display: block; }
            table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: .3rem .6rem; border-bottom: 1px solid #d0d7de; }
            td.n { text-align: right; font-variant-numeric: tabular-nums; }
            svg { width: 100%; height: auto; background: #f6f8fa; border-radius: 6px; }
            .legend span { margin-right: 1.2rem; } .answered { color: #1a7f37; } .unanswered { color: #bc4c00; }
            </style>
            </head>
            <body>
            <h1>CareerBot report</h1>

            """);
        html.Append("<p>").Append(report.Since is { } since ? $"Questions since {since.UtcDateTime:yyyy-MM-dd HH:mm} UTC." : "Every question kept.").Append("</p>\n");
        html.Append("<div class=\"totals\">")
            .Append("<div><b id=\"total-questions\">").Append(report.Questions).Append("</b>questions</div>")
            .Append("<div><b>").Append(ReportText.Rate(report.Answered, report.Questions)).Append("</b>answered</div>")
            .Append("<div><b>").Append(report.Votes.Helpful).Append("</b>helpful votes</div>")
            .Append("<div><b>").Append(report.Votes.NotHelpful).Append("</b>not helpful votes</div></div>\n");
        html.Append("""
            <h2>Questions per day (UTC)</h2>
            <p class="legend"><span class="answered">&#9632; answered</span><span class="unanswered">&#9632; not answered</span></p>
            <svg id="chart-days" viewBox="0 0 720 260" role="img" aria-label="Questions per day, answered and not"></svg>
            <h2>Answered vs not answered</h2>
            <svg id="chart-answered" viewBox="0 0 720 70" role="img" aria-label="Answered and not answered questions"></svg>
            <noscript><p>The charts need JavaScript; the tables below have the same numbers.</p></noscript>

            """);
        Table(html, "Questions per day", ["Day", "Questions", "Answered"], report.ByDay.Select(day => new[] { day.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), N(day.Questions), N(day.Answered) }));
        Table(html, "Questions per platform", ["Platform", "Questions"], report.ByPlatform.Select(pair => new[] { pair.Key, N(pair.Value) }));
        Table(html, "Top unanswered questions", ["Question", "Asked"], report.Unanswered.Select(entry => new[] { entry.Text, N(entry.Count) }));
        Table(html, "Most \"Not helpful\" answers", ["Answer", "Source", "Not helpful", "Helpful"], report.NotHelpful.Select(entry => new[] { entry.Title, entry.Source ?? string.Empty, N(entry.NotHelpful), N(entry.Helpful) }));
        Table(html, "Slowest intents", ["Intent", "Questions", "Median ms", "p95 ms", "Max ms"], report.SlowestIntents.Select(timing => new[] { timing.Intent, N(timing.Count), Ms(timing.MedianMs), Ms(timing.P95Ms), Ms(timing.MaxMs) }));
        html.Append("<script type=\"application/json\" id=\"report-data\">").Append(data).Append("</script>\n");
        html.Append(Script).Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static string N(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Ms(double value) => value.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);

    private static void Table(StringBuilder html, string title, string[] headers, IEnumerable<string[]> rows)
    {
        html.Append("<h2>").Append(WebUtility.HtmlEncode(title)).Append("</h2>\n<table>\n<tr>");
        foreach (var header in headers)
        {
            html.Append("<th>").Append(WebUtility.HtmlEncode(header)).Append("</th>");
        }

        html.Append("</tr>\n");
        var any = false;
        foreach (var row in rows)
        {
            any = true;
            html.Append("<tr>");
            for (var i = 0; i < row.Length; i++)
            {
                html.Append(i == 0 || headers[i] == "Source" ? "<td>" : "<td class=\"n\">").Append(WebUtility.HtmlEncode(row[i])).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        if (!any)
        {
            html.Append("<tr><td colspan=\"").Append(headers.Length).Append("\">none</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private const string Script = """
        <script>
        (function () {
          var data = JSON.parse(document.getElementById('report-data').textContent);
          var ns = 'http://www.w3.org/2000/svg';
          function add(parent, name, attrs, text) {
            var node = document.createElementNS(ns, name);
            for (var key in attrs) { node.setAttribute(key, attrs[key]); }
            if (text !== undefined) { node.textContent = text; }
            parent.appendChild(node);
            return node;
          }
          function bar(parent, x, y, w, h, fill, title) {
            var rect = add(parent, 'rect', { x: x, y: y, width: Math.max(0, w), height: Math.max(0, h), fill: fill, 'class': 'bar' });
            add(rect, 'title', {}, title);
            return rect;
          }
          var green = '#2da44e', orange = '#e16f24';

          var days = document.getElementById('chart-days');
          var top = 20, bottom = 220, left = 40, right = 700;
          var max = Math.max(1, Math.max.apply(null, data.byDay.map(function (d) { return d.questions; }).concat([0])));
          add(days, 'line', { x1: left, y1: bottom, x2: right, y2: bottom, stroke: '#8c959f' });
          add(days, 'text', { x: left - 6, y: top + 4, 'text-anchor': 'end', 'font-size': 11 }, String(max));
          add(days, 'text', { x: left - 6, y: bottom, 'text-anchor': 'end', 'font-size': 11 }, '0');
          var slot = (right - left) / Math.max(1, data.byDay.length);
          data.byDay.forEach(function (d, i) {
            var w = Math.min(slot * 0.7, 48), x = left + i * slot + (slot - w) / 2;
            var answeredHeight = (bottom - top) * d.answered / max;
            var notHeight = (bottom - top) * (d.questions - d.answered) / max;
            bar(days, x, bottom - answeredHeight, w, answeredHeight, green, d.day + ': ' + d.answered + ' answered');
            bar(days, x, bottom - answeredHeight - notHeight, w, notHeight, orange, d.day + ': ' + (d.questions - d.answered) + ' not answered');
            if (data.byDay.length <= 31) {
              add(days, 'text', { x: x + w / 2, y: bottom + 16, 'text-anchor': 'middle', 'font-size': 10 }, d.day.slice(5));
            }
          });

          var split = document.getElementById('chart-answered');
          var total = Math.max(1, data.questions), width = 680;
          var answeredWidth = width * data.answered / total;
          bar(split, 20, 15, answeredWidth, 40, green, data.answered + ' answered');
          bar(split, 20 + answeredWidth, 15, width * (data.questions - data.answered) / total, 40, orange, (data.questions - data.answered) + ' not answered');

          var drawn = 0;
          [days, split].forEach(function (chart) {
            var rects = chart.querySelectorAll('rect.bar'), area = 0;
            rects.forEach(function (rect) { var box = rect.getBBox(); area += box.width * box.height; });
            chart.setAttribute('data-bars', String(rects.length));
            chart.setAttribute('data-area', String(Math.round(area)));
            if (area > 0) { drawn++; }
          });
          document.body.setAttribute('data-charts-drawn', String(drawn));
        })();
        </script>

        """;
}
