package org.heliodeck.formats.hapi;

import java.util.List;

/** HAPI binary with its {@code #} header, as a server answers {@code format=binary&include=header}. */
public final class HapiBinaryCodec extends HapiCodec {

    public HapiBinaryCodec() {
        super("hapi-binary", "HAPI binary data (little-endian records) with its # JSON header",
                List.of(".binary", ".hapi.bin"), HapiContent.BINARY, new HapiBinaryReader(), new HapiBinaryWriter());
    }
}
