package io.viralscope.app.report.html;

import gg.jte.Content;
import gg.jte.TemplateOutput;

/**
 * Finished SVG markup, built by {@link SvgWriter} (which escaped every untrusted string), handed to a template
 * as content to write verbatim.
 *
 * @param markup the {@code <svg>} element
 */
public record SvgImage(String markup) implements Content {

    @Override
    public void writeTo(TemplateOutput output) {
        output.writeContent(markup);
    }
}
