package io.viralscope.app.report.html;

/**
 * How an event type is marked on the daily-views chart. The four types of docs/architecture.md#events have their own shape and
 * colour; any other type a plugin invents gets a circle and its own name.
 *
 * @param shape  marker shape
 * @param colour CSS colour suffix ({@code k-*})
 * @param noun   the type in words, for the legend
 */
record EventStyle(LineChart.Shape shape, String colour, String noun) {

    static EventStyle of(String type) {
        return switch (type) {
            case "peak" -> new EventStyle(LineChart.Shape.TRIANGLE, "peak", "peak");
            case "inflection" -> new EventStyle(LineChart.Shape.DIAMOND, "inflection", "inflection");
            case "changepoint" -> new EventStyle(LineChart.Shape.SQUARE, "changepoint", "change point");
            case "shock" -> new EventStyle(LineChart.Shape.CROSS, "shock", "shock");
            default -> new EventStyle(LineChart.Shape.CIRCLE, "other", type.replace('-', ' '));
        };
    }
}
