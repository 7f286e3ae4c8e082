package org.heliodeck.app.workspace;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.heliodeck.core.time.Tt2000;

/**
 * The JSON form of a workspace, the names {@link WorkspaceReader} reads:
 * <pre>{@code
 * {"format": "heliodeck-workspace", "version": "1.0",
 *  "timeRange": {"start": "2003-10-27T00:00:00Z", "stop": "2003-11-03T00:00:00Z"},
 *  "theme": "dark",
 *  "panels": [{"products": [{"provider": "amda", "dataset": "ace_swe", "parameter": "np", "colorMap": "viridis"},
 *                {"provider": "omni2", "dataset": "omni2_hourly", "parameter": "V", "style": "step", "markers": true}],
 *              "yAxis": {"log": true, "range": {"min": 1, "max": 100}}}]}
 * }</pre>
 * Products are kept as their three names, not as {@code provider/dataset/parameter}, since a HAPI
 * dataset's id may hold a slash. Times are written exactly (to the nanosecond, as few digits as needed).
 */
final class WorkspaceJson {

    static final String FORMAT = "heliodeck-workspace";

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private WorkspaceJson() {
    }

    static ObjectNode write(Workspace workspace) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", FormatVersion.CURRENT.toString());
        ObjectNode range = root.putObject("timeRange");
        range.put("start", Tt2000.format(workspace.range().start()));
        range.put("stop", Tt2000.format(workspace.range().stop()));
        root.put("theme", workspace.theme().name().toLowerCase(Locale.ROOT));
        ArrayNode panels = root.putArray("panels");
        for (WorkspacePanel panel : workspace.panels()) {
            ObjectNode node = panels.addObject();
            ArrayNode products = node.putArray("products");
            for (PlottedProduct plotted : panel.products()) {
                ObjectNode product = products.addObject();
                product.put("provider", plotted.product().provider());
                product.put("dataset", plotted.product().dataset());
                product.put("parameter", plotted.product().parameter());
                plotted.colorMap().ifPresent(name -> product.put("colorMap", name));
                plotted.drawing().ifPresent(drawing -> {
                    product.put("style", drawing.style().name().toLowerCase(Locale.ROOT));
                    product.put("markers", drawing.markers());
                });
            }
            ObjectNode axis = node.putObject("yAxis");
            axis.put("log", panel.yAxis().log());
            panel.yAxis().locked().ifPresent(locked -> {
                ObjectNode lockedRange = axis.putObject("range");
                lockedRange.put("min", locked.min());
                lockedRange.put("max", locked.max());
            });
        }
        return root;
    }
}
