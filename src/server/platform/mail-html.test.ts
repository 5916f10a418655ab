import { describe, expect, it } from "vitest";
import { mailHtmlOf } from "./mail-html";

describe("the HTML part of an e-mail", () => {
  it("says what the text says: paragraphs, line breaks, escaped text and linked addresses", () => {
    const html = mailHtmlOf(
      "Hallo <Jürgen> & Co,\n\nZum Auftrag: http://accord.test/engagements/e1.\nZeile zwei\n\nAccord",
      "de",
      "Betreff „Café“",
    );
    expect(html).toContain('<html lang="de">');
    expect(html).toContain("<title>Betreff „Café“</title>");
    expect(html).toContain("<p>Hallo &lt;Jürgen&gt; &amp; Co,</p>");
    expect(html).toContain(
      '<p>Zum Auftrag: <a href="http://accord.test/engagements/e1">http://accord.test/engagements/e1</a>.<br>\nZeile zwei</p>',
    );
    expect(html).toContain("<p>Accord</p>");
  });

  it("never lets a quoted text open a tag or an attribute", () => {
    const html = mailHtmlOf('“<script>x</script>” http://accord.test/a"onmouseover=1', "en", "s");
    expect(html).not.toContain("<script>");
    expect(html).toContain('<a href="http://accord.test/a">');
    expect(html).toContain("&quot;onmouseover=1");
  });
});
