package org.heliodeck.plot.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.heliodeck.plot.FxToolkit;

class SvgCoordinatesPropertyTest {

    private static final Pattern X1 = Pattern.compile("x1=\"(-?\\d+(?:\\.\\d{1,2})?)\"");

    @Property(tries = 300)
    void aCoordinateIsWrittenToTheNearestHundredth(@ForAll @DoubleRange(min = -1e7, max = 1e7) double x) {
        FxToolkit.start();
        StringBuilder out = new StringBuilder();
        SvgSurface surface = new SvgSurface(out, 10, 10);

        surface.strokeLine(x, 0, 1, 1);
        surface.finish();

        Matcher written = X1.matcher(out);
        assertThat(written.find()).as(out.toString()).isTrue();
        assertThat(Double.parseDouble(written.group(1))).isCloseTo(x, org.assertj.core.data.Offset.offset(0.005 + Math.ulp(x) * 100));
    }
}
