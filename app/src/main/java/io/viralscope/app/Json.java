package io.viralscope.app;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The one JSON mapper of the application (reports, cached detections, webhooks). */
public final class Json {

    /** Shared, thread-safe once configured. */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            // writers are closed by whoever opened them (standard output must stay open)
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

    private Json() {
    }
}
