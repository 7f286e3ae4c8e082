package org.heliodeck.formats.ascii;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.heliodeck.formats.DataCodec;
import org.heliodeck.formats.DataSet;

/** The {@code omni2} codec: SPDF's yearly OMNI2 hourly files, read through {@link Omni2}. */
public final class Omni2Codec implements DataCodec {

    private static final Pattern FILE_NAME = Pattern.compile("(?i)omni2_\\d{4}\\.dat");

    @Override
    public String name() {
        return "omni2";
    }

    @Override
    public String description() {
        return "NASA SPDF OMNI2 hourly solar wind and indices (omni2_YYYY.dat, 55 columns)";
    }

    @Override
    public List<String> extensions() {
        return List.of();
    }

    /** By the SPDF file name, or by a first line of 55 fields starting with a year, a day of year and an hour. */
    @Override
    public boolean recognises(String fileName, byte[] head) {
        if (FILE_NAME.matcher(fileName).matches()) {
            return true;
        }
        int end = 0;
        while (end < head.length && head[end] != '\n') {
            end++;
        }
        if (end == head.length) {
            return false;
        }
        String[] fields = new String(head, 0, end, StandardCharsets.ISO_8859_1).strip().split("[ \t]+");
        return fields.length == Omni2.FIELDS && fields[0].matches("(19|20)\\d\\d") && fields[1].matches("\\d{1,3}")
                && fields[2].matches("\\d{1,2}") && Integer.parseInt(fields[1]) <= 366 && Integer.parseInt(fields[2]) <= 23;
    }

    @Override
    public DataSet read(Path file) throws IOException {
        return Omni2.read(file);
    }
}
