package org.heliodeck.formats.cdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.heliodeck.cdf.CdfAttribute;
import org.heliodeck.cdf.CdfEntry;
import org.heliodeck.cdf.CdfFile;
import org.heliodeck.cdf.CdfVariable;
import org.heliodeck.cdf.IstpReader;
import org.heliodeck.cdf.IstpWriter;
import org.heliodeck.core.model.Variable;
import org.heliodeck.formats.DataCodec;
import org.heliodeck.formats.DataSet;

/**
 * NASA CDF through the codec interface: reading gives the ISTP data variables of the file (those
 * with a time), writing gives an ISTP-compliant CDF 3 file with GZIP-compressed variables.
 */
public final class CdfCodec implements DataCodec {

    @Override
    public String name() {
        return "cdf";
    }

    @Override
    public String description() {
        return "NASA Common Data Format (CDF 2.4 to 3.x), ISTP conventions";
    }

    @Override
    public List<String> extensions() {
        return List.of(".cdf");
    }

    @Override
    public boolean recognises(String fileName, byte[] head) {
        if (head.length < 4) {
            return false;
        }
        int magic = (head[0] & 0xFF) << 24 | (head[1] & 0xFF) << 16 | (head[2] & 0xFF) << 8 | head[3] & 0xFF;
        return magic == 0xCDF30001 || magic == 0xCDF26002 || magic == 0x0000FFFF && fileName.toLowerCase().endsWith(".cdf");
    }

    @Override
    public DataSet read(Path file) throws IOException {
        try (CdfFile cdf = CdfFile.open(file)) {
            IstpReader istp = new IstpReader(cdf);
            List<Variable> variables = new ArrayList<>();
            for (CdfVariable v : istp.dataVariables()) {
                variables.add(istp.read(v.name()));
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            for (CdfAttribute a : cdf.globalAttributes()) {
                List<String> texts = new ArrayList<>();
                for (CdfEntry e : a.entries()) {
                    if (e != null) {
                        texts.add(e.isText() ? e.text() : e.toString());
                    }
                }
                attributes.put(a.name(), String.join("\n", texts));
            }
            return new DataSet(istp.product(), variables, attributes);
        }
    }

    @Override
    public boolean writes() {
        return true;
    }

    @Override
    public void write(DataSet data, Path file) throws IOException {
        Map<String, String> globals = new LinkedHashMap<>(data.attributes());
        globals.put("Logical_source", data.product());
        new IstpWriter(true).write(data.variables(), globals, file);
    }
}
