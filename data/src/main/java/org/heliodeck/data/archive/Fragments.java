package org.heliodeck.data.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.heliodeck.core.model.FragmentMerger;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.data.FetchContext;

/** The pieces of each parameter asked for, one per file read, merged into one variable each at the end. */
final class Fragments {

    /** Reads the asked parameters of one file, sliced to the asked range. */
    @FunctionalInterface
    interface FileReader {
        List<Variable> read(Path file) throws IOException;
    }

    private final Map<String, List<Variable>> pieces = new LinkedHashMap<>();
    private int files;

    Fragments(List<String> parameters) {
        for (String p : parameters) {
            pieces.put(p, new ArrayList<>());
        }
    }

    /** Reads local files one after the other, reporting their sizes, and merges what they hold. */
    static List<Variable> ofFiles(String dataset, List<Path> files, List<String> parameters, TimeRange range,
            FetchContext context, FileReader reader) throws IOException {
        Fragments fragments = new Fragments(parameters);
        for (Path file : files) {
            context.checkNotCancelled();
            fragments.add(reader.read(file));
            context.bytesReceived().accept(Files.size(file));
        }
        return fragments.merged(dataset, range);
    }

    /** Adds what one file holds; variables not asked for are left out. */
    void add(List<Variable> ofOneFile) {
        files++;
        for (Variable v : ofOneFile) {
            List<Variable> list = pieces.get(v.name());
            if (list != null) {
                list.add(v);
            }
        }
    }

    /**
     * One variable per parameter, in the order asked; none when no file was read (a gap).
     *
     * @throws IllegalArgumentException when files were read and none held one of the parameters
     */
    List<Variable> merged(String dataset, TimeRange range) {
        List<Variable> out = new ArrayList<>();
        for (Map.Entry<String, List<Variable>> e : pieces.entrySet()) {
            if (e.getValue().isEmpty()) {
                if (files == 0) {
                    continue;
                }
                throw new IllegalArgumentException("no parameter " + e.getKey() + " in dataset " + dataset + ": none of its "
                        + files + " files for " + range + " holds it");
            }
            out.add(FragmentMerger.merge(e.getValue()));
        }
        return out;
    }
}
