package io.viralscope.app.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ImportProgressLineTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ImportProgressLine line = new ImportProgressLine(new PrintStream(err, true, StandardCharsets.UTF_8));

    private String shown() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aBigFileRewritesOneLineOncePerPercentThenSaysDone() {
        Path big = Path.of("/data/big.csv");
        long size = 100L << 20;
        line.reading(big, 16_384, size / 100 * 4 + 10, size);
        line.reading(big, 32_768, size / 100 * 4 + 20, size); // still 4 %: nothing new
        line.reading(big, 49_152, size / 100 * 5 + 1, size);
        line.read(big, 1_800_000);
        line.writing(1_800_000);

        assertThat(shown()).isEqualTo("\rChecking big.csv: 16,384 rows, 4%"
                + "\rChecking big.csv: 49,152 rows, 5%"
                + "\rChecking big.csv: 1,800,000 rows, done\n"
                + "Writing 1,800,000 samples into the store\n");
    }

    @Test
    void anErrorWhileReadingEndsTheLineFirst() {
        Path big = Path.of("big.csv");
        line.reading(big, 16_384, 1L << 20, ImportProgressLine.BIG_FILE * 2);
        line.stopped();
        line.stopped();

        assertThat(shown()).isEqualTo("\rChecking big.csv: 16,384 rows, 3%\n");
    }

    @Test
    void aSmallFileShowsNothing() {
        Path small = Path.of("small.csv");
        line.reading(small, 16_384, 1 << 20, ImportProgressLine.BIG_FILE - 1);
        line.read(small, 20_000);
        line.writing(20_000);

        assertThat(shown()).isEmpty();
    }
}
