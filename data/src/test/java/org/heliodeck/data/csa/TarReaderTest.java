package org.heliodeck.data.csa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.heliodeck.core.io.DataFormatException;
import org.junit.jupiter.api.Test;

class TarReaderTest {

    @Property(tries = 200)
    void readsBackWhatWasWritten(@ForAll("files") List<TestTar.File> files, @ForAll TestTar.LongNames longNames)
            throws IOException {
        TestTar tar = new TestTar(longNames);
        tar.directory("package");
        files.forEach(f -> tar.file(f.name(), f.content()));

        assertThat(readAll(tar.finish())).usingRecursiveComparison().isEqualTo(files);
    }

    @Provide
    Arbitrary<List<TestTar.File>> files() {
        Arbitrary<String> names = Arbitraries.strings().withChars("abcXYZ_-./0123456789é").ofMinLength(1)
                .ofMaxLength(250).filter(n -> !n.endsWith("/"));
        Arbitrary<Integer> sizes = Arbitraries.oneOf(Arbitraries.integers().between(0, 3000),
                Arbitraries.of(511, 512, 513, 1024, 10240));
        Arbitrary<TestTar.File> file = Combinators.combine(names, sizes, Arbitraries.longs())
                .as((name, size, seed) -> new TestTar.File(name, bytes(size, seed)));
        return file.list().ofMaxSize(6);
    }

    @Test
    void skipsWhatItIsNotAskedToRead() throws IOException {
        byte[] archive = new TestTar(TestTar.LongNames.GNU).file("a.cdf", bytes(700, 1)).file("b.cdf", bytes(5, 2))
                .finish();
        TarReader reader = new TarReader(new ByteArrayInputStream(archive), "test");

        assertThat(reader.next()).map(TarReader.Entry::name).contains("a.cdf");
        assertThat(reader.content().readNBytes(10)).isEqualTo(Arrays.copyOf(bytes(700, 1), 10));
        assertThat(reader.next()).contains(new TarReader.Entry("b.cdf", 5));
        assertThat(reader.content().readAllBytes()).isEqualTo(bytes(5, 2));
        assertThat(reader.next()).isEmpty();
    }

    @Test
    void emptyArchiveHasNoEntries() throws IOException {
        assertThat(readAll(new TestTar(TestTar.LongNames.GNU).finish())).isEmpty();
        assertThat(readAll(new byte[0])).isEmpty();
    }

    @Test
    void textIsNotATarArchive() {
        byte[] html = ("<html><body>Internal error</body></html>" + " ".repeat(600)).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> readAll(html)).isInstanceOf(DataFormatException.class)
                .hasMessageContaining("not a tar archive");
    }

    @Test
    void archiveCutInAnEntryIsTruncated() {
        byte[] archive = new TestTar(TestTar.LongNames.GNU).file("a.cdf", bytes(2000, 3)).finish();

        assertThatThrownBy(() -> readAll(Arrays.copyOf(archive, 1500))).isInstanceOf(EOFException.class)
                .hasMessageContaining("truncated");
    }

    private static List<TestTar.File> readAll(byte[] archive) throws IOException {
        TarReader reader = new TarReader(new ByteArrayInputStream(archive), "test");
        List<TestTar.File> read = new ArrayList<>();
        for (Optional<TarReader.Entry> e = reader.next(); e.isPresent(); e = reader.next()) {
            byte[] content = reader.content().readAllBytes();
            assertThat(content).hasSize((int) e.get().size());
            read.add(new TestTar.File(e.get().name(), content));
        }
        return read;
    }

    private static byte[] bytes(int size, long seed) {
        byte[] b = new byte[size];
        new java.util.Random(seed).nextBytes(b);
        return b;
    }
}
