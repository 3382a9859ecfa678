package io.viralscope.app.analytics;

import java.util.List;

/**
 * A checked {@code reports.query} answer: its rows, each with the dimension values (in the order asked) and the
 * metric values (in the order asked, whole numbers, not negative). No rows when the API left {@code rows} out,
 * as it does when there are no data for the range.
 *
 * @param rows the rows in the order of the answer
 */
public record ResultTable(List<Row> rows) {

    public ResultTable {
        rows = List.copyOf(rows);
    }

    /**
     * @param dimensions dimension values, such as the day {@code 2026-09-01}
     * @param metrics    metric values
     */
    public record Row(List<String> dimensions, long[] metrics) {
        public Row {
            dimensions = List.copyOf(dimensions);
            metrics = metrics.clone();
        }
    }
}
