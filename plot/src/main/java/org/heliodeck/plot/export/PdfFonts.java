package org.heliodeck.plot.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The fonts a PDF's text is set in. Units on axes need characters the Standard 14 fonts lack
 * ("cm⁻³" has a superscript minus and three; "µs" and "°" they have), so a TrueType sans-serif
 * found on the machine is embedded, subset to the glyphs used: DejaVu Sans (most Linux systems),
 * Liberation Sans, Arial (Windows, macOS), or the file named by the system property
 * {@value #FONT_PROPERTY} (its bold face by {@value #BOLD_FONT_PROPERTY}). Without any, the
 * Liberation Sans that PDFBox carries stands in for both faces (it has "µ", "°" and "³" but not
 * "⁻"), Helvetica if even that is gone; characters the font cannot show are spelled in ASCII
 * (see {@link #encodable}).
 */
final class PdfFonts {

    static final String FONT_PROPERTY = "heliodeck.pdf.font";
    static final String BOLD_FONT_PROPERTY = "heliodeck.pdf.boldFont";

    /** Regular and bold faces, first found wins. */
    private static final List<List<String>> CANDIDATES = List.of(
            List.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
            List.of("/usr/share/fonts/TTF/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf"),
            List.of("/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf", "/usr/share/fonts/dejavu-sans-fonts/DejaVuSans-Bold.ttf"),
            List.of("/usr/share/fonts/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf"),
            List.of("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
                    "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
            List.of("C:/Windows/Fonts/arial.ttf", "C:/Windows/Fonts/arialbd.ttf"),
            List.of("/System/Library/Fonts/Supplemental/Arial.ttf", "/System/Library/Fonts/Supplemental/Arial Bold.ttf"),
            List.of("/Library/Fonts/Arial.ttf", "/Library/Fonts/Arial Bold.ttf"));

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻";
    private static final String PLAIN = "0123456789+-";

    /** PDFBox's own last-resort font, inside its jar. */
    private static final String BUNDLED = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final PDFont regular;
    private final PDFont bold;

    PdfFonts(PDDocument document) throws IOException {
        this(document, faces());
    }

    /** The regular face and, if given, the bold one from {@code faces}; none: the fallback. */
    PdfFonts(PDDocument document, List<Path> faces) throws IOException {
        if (faces.isEmpty()) {
            this.regular = bundled(document);
            this.bold = regular;
        } else {
            this.regular = PDType0Font.load(document, faces.get(0).toFile());
            this.bold = faces.size() < 2 ? regular : PDType0Font.load(document, faces.get(1).toFile());
        }
    }

    private static PDFont bundled(PDDocument document) throws IOException {
        try (InputStream font = PDDocument.class.getResourceAsStream(BUNDLED)) {
            return font == null ? new PDType1Font(Standard14Fonts.FontName.HELVETICA) : PDType0Font.load(document, font);
        }
    }

    PDFont font(boolean isBold) {
        return isBold ? bold : regular;
    }

    /**
     * {@code text} with each character {@code font} cannot show replaced by "?", except
     * superscript digits and signs: when one of them cannot be shown, all of the text's are spelled
     * as "^" and the plain ones ("cm⁻³" becomes "cm^-3", not "cm^-³" from a font that has "³").
     */
    static String encodable(PDFont font, String text) {
        boolean spellSuperscripts = text.codePoints()
                .anyMatch(c -> SUPERSCRIPTS.indexOf(c) >= 0 && !canShow(font, Character.toString(c)));
        StringBuilder result = new StringBuilder(text.length());
        boolean inSuperscript = false;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            int superscript = spellSuperscripts ? SUPERSCRIPTS.indexOf(codePoint) : -1;
            if (superscript >= 0) {
                result.append(inSuperscript ? "" : "^").append(PLAIN.charAt(superscript));
            } else if (codePoint >= ' ' && canShow(font, Character.toString(codePoint))) {
                result.appendCodePoint(codePoint);
            } else {
                result.append('?');
            }
            inSuperscript = superscript >= 0;
        }
        return result.toString();
    }

    private static boolean canShow(PDFont font, String character) {
        try {
            font.encode(character);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            // PDFBox's way of saying the font has no glyph for it.
            return false;
        }
    }

    private static List<Path> faces() {
        String configured = System.getProperty(FONT_PROPERTY);
        if (configured != null && Files.isReadable(Path.of(configured))) {
            String configuredBold = System.getProperty(BOLD_FONT_PROPERTY);
            return configuredBold != null && Files.isReadable(Path.of(configuredBold))
                    ? List.of(Path.of(configured), Path.of(configuredBold)) : List.of(Path.of(configured));
        }
        for (List<String> candidate : CANDIDATES) {
            Path regular = Path.of(candidate.get(0));
            if (Files.isReadable(regular)) {
                Path bold = Path.of(candidate.get(1));
                return Files.isReadable(bold) ? List.of(regular, bold) : List.of(regular);
            }
        }
        return List.of();
    }
}
