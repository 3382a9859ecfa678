package io.viralscope.app.analysis;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.viralscope.api.FittedCurve;

import java.util.Locale;

/**
 * A fitted curve as compact JSON (docs/report.md, schema {@code viralscope.report/2}): its start, its step and its
 * values, plus an offset per value, in steps, when the values are not evenly spaced. No instant per point, so a
 * curve is a tenth of its old size.
 *
 * <pre>{"name": "logistic", "quantity": "cumulative_views", "primary": true,
 *  "start": "2026-03-01T00:00:00Z", "step_seconds": 86400, "values": [0.0, 1520.5, ...]}</pre>
 */
final class CurveJson {

    private CurveJson() {
    }

    /** Adds {@code c} to {@code curves} as one object. */
    static void write(ArrayNode curves, FittedCurve c) {
        ObjectNode o = curves.addObject();
        o.put("name", c.name());
        o.put("quantity", c.quantity().name().toLowerCase(Locale.ROOT));
        o.put("primary", c.primary());
        o.put("start", c.start().toString());
        long millis = c.step().toMillis();
        if (millis % 1000 == 0) {
            o.put("step_seconds", millis / 1000);
        } else {
            o.put("step_seconds", millis / 1000.0);
        }
        ArrayNode values = o.putArray("values");
        for (int i = 0; i < c.size(); i++) {
            values.add(c.value(i));
        }
        if (!c.isRegular()) {
            ArrayNode offsets = o.putArray("offsets");
            for (int i = 0; i < c.size(); i++) {
                offsets.add(c.offset(i));
            }
        }
    }
}
