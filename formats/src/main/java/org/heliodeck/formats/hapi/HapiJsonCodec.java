package org.heliodeck.formats.hapi;

import java.util.List;

/** HAPI JSON: the info's members and a {@code data} array, as a server answers {@code format=json}. */
public final class HapiJsonCodec extends HapiCodec {

    public HapiJsonCodec() {
        super("hapi-json", "HAPI JSON data (header members and a data array)", List.of(".hapi.json"),
                HapiContent.JSON, new HapiJsonReader(), new HapiJsonWriter());
    }
}
