package org.heliodeck.plot.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javafx.scene.text.Font;
import org.heliodeck.plot.FxToolkit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class SvgSurfaceTest {

    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final String XLINK = "http://www.w3.org/1999/xlink";

    @BeforeAll
    static void startFx() {
        FxToolkit.start();
    }

    @Test
    void writesOneElementPerCallWithItsOwnColoursAndWidths() throws Exception {
        Document svg = parse(draw());

        Element root = svg.getDocumentElement();
        assertThat(root.getAttribute("version")).isEqualTo("1.1");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 200 100");
        Element red = only(svg, "rect", "fill", "#ff0000");
        assertThat(List.of(red.getAttribute("x"), red.getAttribute("y"), red.getAttribute("width"), red.getAttribute("height")))
                .containsExactly("10", "10", "30", "20");
        Element line = only(svg, "line", "stroke", "#0000ff");
        assertThat(List.of(line.getAttribute("x1"), line.getAttribute("y1"), line.getAttribute("x2"), line.getAttribute("y2")))
                .containsExactly("0", "60", "100", "60");
        assertThat(line.getAttribute("stroke-width")).isEqualTo("2");
        assertThat(line.getAttribute("stroke-dasharray")).isEmpty();
    }

    @Test
    void aPolylineIsOnePathBrokenAtTheGapWithTwoDecimals() throws Exception {
        Element path = only(parse(draw()), "path", "stroke", "#0000ff");

        assertThat(path.getAttribute("d")).isEqualTo("M10,90 L60,90 M80,90 L100.13,0.33");
        assertThat(path.getAttribute("stroke-dasharray")).isEqualTo("4,2");
        assertThat(path.getAttribute("stroke-width")).isEqualTo("1");
        assertThat(path.getAttribute("fill")).isEqualTo("none");
    }

    @Test
    void clipsThroughAClipPathAndAGroupClosedByRestore() throws Exception {
        Document svg = parse(draw());

        Element clipRect = (Element) svg.getElementsByTagNameNS(SVG, "clipPath").item(0).getFirstChild();
        assertThat(List.of(clipRect.getAttribute("x"), clipRect.getAttribute("y"), clipRect.getAttribute("width"),
                clipRect.getAttribute("height"))).containsExactly("150", "60", "20", "20");
        Element green = only(svg, "rect", "fill", "#00ff00");
        Element group = (Element) green.getParentNode();
        assertThat(group.getLocalName()).isEqualTo("g");
        assertThat(group.getAttribute("clip-path")).isEqualTo("url(#clip0)");
        assertThat(elements(group, "*")).containsExactly(green);
        assertThat(only(svg, "rect", "fill", "#ff0000").getParentNode()).isSameAs(svg.getDocumentElement());
    }

    @Test
    void writesTextEscapedWithFontAndAnchors() throws Exception {
        List<Element> texts = elements(parse(draw()).getDocumentElement(), "text");

        assertThat(texts).extracting(Element::getTextContent).containsExactly(SampleFigure.UNITS, SampleFigure.ESCAPED);
        Element units = texts.get(0);
        assertThat(units.getAttribute("text-anchor")).isEqualTo("start");
        assertThat(units.getAttribute("dominant-baseline")).isEqualTo("alphabetic");
        assertThat(units.getAttribute("font-size")).isEqualTo("10");
        assertThat(units.getAttribute("font-family")).endsWith("sans-serif");
        Element centred = texts.get(1);
        assertThat(centred.getAttribute("text-anchor")).isEqualTo("middle");
        assertThat(centred.getAttribute("dominant-baseline")).isEqualTo("central");
        assertThat(List.of(centred.getAttribute("x"), centred.getAttribute("y"))).containsExactly("100", "45");
    }

    @Test
    void embedsTheRasterAsAPngWithItsExactPixels() throws Exception {
        Element image = (Element) parse(draw()).getElementsByTagNameNS(SVG, "image").item(0);

        assertThat(List.of(image.getAttribute("x"), image.getAttribute("y"), image.getAttribute("width"),
                image.getAttribute("height"))).containsExactly("120", "10", "40", "30");
        assertThat(image.getAttribute("preserveAspectRatio")).isEqualTo("none");
        assertThat(image.getAttribute("image-rendering")).isEqualTo("optimizeSpeed");
        assertThat(image.getAttribute("style")).isEqualTo("image-rendering:pixelated");
        String href = image.getAttributeNS(XLINK, "href");
        assertThat(href).startsWith("data:image/png;base64,");
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(
                Base64.getDecoder().decode(href.substring("data:image/png;base64,".length()))));
        assertThat(png.getWidth()).isEqualTo(4);
        assertThat(png.getHeight()).isEqualTo(3);
        assertThat(png.getRGB(0, 0, 4, 3, null, 0, 4)).containsExactly(SampleFigure.RASTER);
    }

    @Test
    void translucentColoursCarryTheirOpacity() throws Exception {
        StringBuilder out = new StringBuilder();
        SvgSurface surface = new SvgSurface(out, 10, 10);
        surface.setFill(javafx.scene.paint.Color.rgb(255, 0, 0, 0.25));
        surface.fillRect(0, 0, 10, 10);
        surface.finish();

        Element rect = only(parse(out.toString()), "rect", "fill", "#ff0000");
        assertThat(rect.getAttribute("fill-opacity")).isEqualTo("0.25");
    }

    @Test
    void measuresTextInItsFont() {
        SvgSurface surface = new SvgSurface(new StringBuilder(), 100, 100);
        surface.setFont(Font.font(10));
        double small = surface.textWidth("1000 km/s");
        surface.setFont(Font.font(20));

        assertThat(small).isPositive();
        assertThat(surface.textWidth("1000 km/s")).isCloseTo(2 * small, org.assertj.core.data.Percentage.withPercentage(10));
    }

    @Test
    void writesAFileAndClosesGroupsLeftOpen(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("figure.svg");

        SvgSurface.write(file, 50, 50, surface -> {
            surface.save();
            surface.clip(0, 0, 10, 10);
            surface.fillRect(0, 0, 50, 50);
        });

        Document svg = parse(Files.readString(file));
        assertThat(svg.getElementsByTagNameNS(SVG, "g").getLength()).isEqualTo(1);
        assertThat(svg.getElementsByTagNameNS(SVG, "rect").getLength()).isEqualTo(2);
    }

    private static String draw() {
        StringBuilder out = new StringBuilder();
        SvgSurface surface = new SvgSurface(out, SampleFigure.WIDTH, SampleFigure.HEIGHT);
        SampleFigure.draw(surface);
        surface.finish();
        return out.toString();
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    private static Element only(Document svg, String name, String attribute, String value) {
        List<Element> matching = elements(svg.getDocumentElement(), name).stream()
                .filter(e -> e.getAttribute(attribute).equals(value)).toList();
        assertThat(matching).as("<%s %s=\"%s\">", name, attribute, value).hasSize(1);
        return matching.get(0);
    }

    private static List<Element> elements(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(SVG, name);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }
}
