package io.viralscope.spark;

import com.fasterxml.jackson.databind.SerializationFeature;
import io.viralscope.api.Detection;
import io.viralscope.api.Event;
import io.viralscope.app.Json;
import io.viralscope.app.analysis.VideoAnalysis;
import io.viralscope.app.report.JsonReportWriter;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The job's output tables and lines. Parquet: {@code detections}, one row per video and detector, its number
 * metrics as a map (text metrics in a second map), its events as a list; {@code verdicts}, one row per video. JSON
 * lines: each the report's {@code videos[]} entry ({@code viralscope.report/4}), without a breakout, which is about
 * the moment a report is made, not about an archive.
 */
final class OutputRows {

    private OutputRows() {
    }

    static final StructType EVENT = new StructType(new StructField[] {
            DataTypes.createStructField("type", DataTypes.StringType, false),
            DataTypes.createStructField("at", DataTypes.TimestampType, false),
            DataTypes.createStructField("value", DataTypes.DoubleType, false),
            DataTypes.createStructField("label", DataTypes.StringType, true),
            DataTypes.createStructField("attributes", DataTypes.createMapType(DataTypes.StringType,
                    DataTypes.DoubleType), true)});

    static final StructType DETECTIONS = new StructType(new StructField[] {
            DataTypes.createStructField("video_id", DataTypes.StringType, false),
            DataTypes.createStructField("detector", DataTypes.StringType, false),
            DataTypes.createStructField("detector_version", DataTypes.StringType, false),
            DataTypes.createStructField("status", DataTypes.StringType, false),
            DataTypes.createStructField("summary", DataTypes.StringType, true),
            DataTypes.createStructField("metrics", DataTypes.createMapType(DataTypes.StringType,
                    DataTypes.DoubleType), false),
            DataTypes.createStructField("text_metrics", DataTypes.createMapType(DataTypes.StringType,
                    DataTypes.StringType), false),
            DataTypes.createStructField("events", DataTypes.createArrayType(EVENT), false)});

    static final StructType VERDICTS = new StructType(new StructField[] {
            DataTypes.createStructField("video_id", DataTypes.StringType, false),
            DataTypes.createStructField("title", DataTypes.StringType, false),
            DataTypes.createStructField("sample_count", DataTypes.IntegerType, false),
            DataTypes.createStructField("first_at", DataTypes.TimestampType, true),
            DataTypes.createStructField("last_at", DataTypes.TimestampType, true),
            DataTypes.createStructField("mechanism", DataTypes.StringType, false),
            DataTypes.createStructField("phrase", DataTypes.StringType, false),
            DataTypes.createStructField("confidence", DataTypes.DoubleType, false),
            DataTypes.createStructField("evidence", DataTypes.createArrayType(DataTypes.StringType), false)});

    private static final com.fasterxml.jackson.databind.ObjectWriter COMPACT = Json.MAPPER.writer()
            .without(SerializationFeature.INDENT_OUTPUT);

    static VideoResult of(VideoAnalysis v, JobSettings.OutputFormat format) {
        if (format == JobSettings.OutputFormat.JSON) {
            try {
                return new VideoResult(COMPACT.writeValueAsString(JsonReportWriter.withoutEmptyInfo(
                        JsonReportWriter.videoEntry(v, Optional.empty(), false, false, null))), null, List.of());
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("a video's analysis could not be written as JSON", e);
            }
        }
        String id = v.series().videoId();
        List<Row> detections = new ArrayList<>();
        for (Detection d : v.detections()) {
            Map<String, Double> numbers = new LinkedHashMap<>();
            Map<String, String> texts = new LinkedHashMap<>();
            d.metrics().forEach((name, value) -> {
                if (value instanceof Number n) {
                    numbers.put(name, n.doubleValue());
                } else if (value != null) {
                    texts.put(name, value.toString());
                } else {
                    numbers.put(name, null); // unknown, as null in the report
                }
            });
            List<Row> events = new ArrayList<>();
            for (Event e : d.events()) {
                events.add(RowFactory.create(e.type(), e.at(), e.value(), e.label(), scala(e.attributes())));
            }
            detections.add(RowFactory.create(id, d.detector(), d.version(), d.status().wireName(), d.summary(),
                    scala(numbers), scala(texts), seq(events)));
        }
        Row verdict = RowFactory.create(id, v.series().title(), v.window().samples(),
                v.series().firstAt().orElse(null), v.series().lastAt().orElse(null), v.verdict().mechanism(),
                v.verdict().phrase(), v.verdict().confidence(), seq(v.verdict().evidence()));
        return new VideoResult(null, verdict, detections);
    }

    /** Spark's rows hold Scala maps and sequences. */
    private static <K, V> scala.collection.Map<K, V> scala(Map<K, V> map) {
        return scala.jdk.javaapi.CollectionConverters.asScala(new LinkedHashMap<>(map == null ? Map.of() : map));
    }

    private static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
        return scala.jdk.javaapi.CollectionConverters.asScala(new ArrayList<>(list)).toList();
    }
}
