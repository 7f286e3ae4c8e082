package org.heliodeck.plot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.IntPredicate;
import org.heliodeck.cdf.CdfData;
import org.heliodeck.cdf.CdfFile;
import org.heliodeck.cdf.IstpReader;
import org.heliodeck.core.model.Axis;
import org.heliodeck.core.model.ScaleType;
import org.heliodeck.core.model.Values;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.testing.SharedData;

/**
 * The real PSP ISOIS EPI-Lo spectrogram of {@code shared/data/cdf}: 100 one-minute records of count
 * rates in 80 look directions × 48 energy channels. The reader drops the energy bins (they are given
 * per look direction, which its axes cannot hold), so they are read here for the busiest look.
 */
public final class EpiLo {

    public static final int CHANNELS = 48;
    /** All look directions, as read. */
    public static final Variable RATES;
    /** The look direction with the most counts. */
    public static final int LOOK;
    /** Its energy channels (keV/nuc, decreasing; 16 unused channels NaN) with their bounds. */
    public static final Axis ENERGIES;

    static {
        try (CdfFile cdf = CdfFile.open(SharedData.file("cdf/psp_isois-epilo_l2-ic_20190401_v0.0.0.cdf"))) {
            RATES = new IstpReader(cdf, warning -> {}).read("H_CountRate_ChanT");
            LOOK = busiestLook();
            double[] centre = lookOf(cdf, "H_ChanT_Energy");
            double[] below = lookOf(cdf, "H_ChanT_Energy_DELTAMINUS");
            double[] above = lookOf(cdf, "H_ChanT_Energy_DELTAPLUS");
            double[] lower = new double[CHANNELS];
            double[] upper = new double[CHANNELS];
            for (int e = 0; e < CHANNELS; e++) {
                lower[e] = centre[e] - below[e];
                upper[e] = centre[e] + above[e];
            }
            ENERGIES = Axis.constant("H_ChanT_Energy", "keV/nuc", "Energy", ScaleType.LOG, centre)
                    .withRanges(Values.of(lower, CHANNELS), Values.of(upper, CHANNELS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private EpiLo() {}

    /** The busiest look direction's spectrogram over its energies. */
    public static Variable spectrogram() {
        return channels(r -> true, ENERGIES);
    }

    private static int busiestLook() {
        int busiest = 0;
        int best = -1;
        for (int l = 0; l < 80; l++) {
            int counted = 0;
            for (int r = 0; r < RATES.records(); r++) {
                for (int e = 0; e < CHANNELS; e++) {
                    counted += RATES.values().get(r, l * CHANNELS + e) > 0 ? 1 : 0;
                }
            }
            if (counted > best) {
                best = counted;
                busiest = l;
            }
        }
        return busiest;
    }

    /** Look direction {@code look}'s 48 values of a per-look-direction support variable, fill as NaN. */
    private static double[] lookOf(CdfFile cdf, String name) {
        CdfData all = cdf.read(cdf.variable(name).orElseThrow());
        double[] values = new double[CHANNELS];
        for (int e = 0; e < CHANNELS; e++) {
            double v = all.number(LOOK * CHANNELS + e);
            values[e] = v < -1e30 ? Double.NaN : v;
        }
        return values;
    }

    /** The 48 channels of the chosen look direction, for the records {@code keep} accepts, along {@code bins}. */
    public static Variable channels(IntPredicate keep, Axis bins) {
        long[] all = RATES.time().toArray();
        int kept = (int) java.util.stream.IntStream.range(0, all.length).filter(keep).count();
        long[] times = new long[kept];
        double[] values = new double[kept * CHANNELS];
        int k = 0;
        for (int r = 0; r < all.length; r++) {
            if (keep.test(r)) {
                times[k] = all[r];
                for (int e = 0; e < CHANNELS; e++) {
                    values[k * CHANNELS + e] = RATES.values().get(r, LOOK * CHANNELS + e);
                }
                k++;
            }
        }
        return Variable.of(RATES.product(), RATES.name() + "[" + LOOK + "]", times, Values.of(values, CHANNELS),
                List.of(bins), RATES.metadata());
    }
}
