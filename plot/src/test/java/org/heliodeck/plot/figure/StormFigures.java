package org.heliodeck.plot.figure;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.testing.SharedData;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.formats.DataSet;
import org.heliodeck.formats.ascii.Omni2Codec;
import org.heliodeck.plot.series.VectorSeries;

/** The 2003 Halloween storm in OMNI2 hourly data, as the panels a physicist would look at first. */
final class StormFigures {

    static final TimeRange STORM = TimeRange.of("2003-10-27", "2003-11-03");

    private StormFigures() {}

    static DataSet omni2003() throws IOException {
        return new Omni2Codec().read(SharedData.file("omni2-hourly/omni2_2003.dat"));
    }

    /** |B| with its GSE components, V, Np and Dst (with the −50 nT storm threshold). */
    static Figure storm(Theme theme) throws IOException {
        DataSet omni = omni2003();
        List<Panel> panels = new ArrayList<>();
        panels.add(Panel.of("|B|, B GSE (nT)", new SeriesLayer(VectorSeries.of(variable(omni, "B_magnitude"))),
                new SeriesLayer(VectorSeries.of(variable(omni, "B_GSE")).recoloured(1))));
        panels.add(Panel.of("V (km/s)", new SeriesLayer(VectorSeries.of(variable(omni, "V")))));
        panels.add(Panel.of("Np (cm⁻³)", new SeriesLayer(VectorSeries.of(variable(omni, "N_p")))).withLogY(true));
        panels.add(Panel.of("Dst (nT)", new SeriesLayer(VectorSeries.of(variable(omni, "Dst"))),
                ReferenceLine.atValue(-50, javafx.scene.paint.Color.GRAY)));
        return new Figure(panels, STORM, theme);
    }

    static Variable variable(DataSet data, String name) {
        return data.variable(name).orElseThrow(() -> new IllegalArgumentException("no " + name + " in " + data));
    }
}
