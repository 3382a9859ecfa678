package io.viralscope.spark;

import org.apache.spark.sql.Row;

import java.io.Serializable;
import java.util.List;

/**
 * One video's analysis as output rows: its line of JSON (the report's {@code videos[]} entry) for
 * {@code --format json}, else its verdict row and one row per detector for Parquet.
 *
 * @param json       the JSON line, or {@code null}
 * @param verdict    the verdict row, or {@code null}
 * @param detections the detection rows (empty for JSON)
 */
record VideoResult(String json, Row verdict, List<Row> detections) implements Serializable {
}
