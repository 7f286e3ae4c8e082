package org.heliodeck.formats.hapi;

import java.util.List;

/** HAPI CSV with its {@code #} header, as a server answers {@code format=csv&include=header}. */
public final class HapiCsvCodec extends HapiCodec {

    public HapiCsvCodec() {
        super("hapi-csv", "HAPI CSV data with its # JSON header", List.of(".hapi.csv"), HapiContent.CSV,
                new HapiCsvReader(), new HapiCsvWriter());
    }
}
