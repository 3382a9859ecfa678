package io.viralscope.app.youtube;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.viralscope.app.Json;

import java.util.Map;

/**
 * Reads an error answer of the YouTube Data API into an {@link ApiProblem}. Two generations of error bodies
 * coexist: the legacy one has only {@code errors[]}, the current one adds {@code status} and {@code details[]}
 * (google.rpc.ErrorInfo). The specific reason is in {@code errors[0].reason} ({@code quotaExceeded}) or, when
 * that one is generic ({@code badRequest}, {@code forbidden}), in {@code details[].reason}
 * ({@code API_KEY_INVALID}); failing both, the HTTP status decides.
 */
public final class ApiErrorClassifier {

    private static final Map<String, ApiProblem> REASONS = Map.ofEntries(
            Map.entry("quotaExceeded", ApiProblem.QUOTA_EXCEEDED),
            Map.entry("dailyLimitExceeded", ApiProblem.QUOTA_EXCEEDED),
            Map.entry("dailyLimitExceededUnreg", ApiProblem.QUOTA_EXCEEDED),
            Map.entry("rateLimitExceeded", ApiProblem.RATE_LIMITED),
            Map.entry("userRateLimitExceeded", ApiProblem.RATE_LIMITED),
            Map.entry("RATE_LIMIT_EXCEEDED", ApiProblem.RATE_LIMITED),
            Map.entry("backendError", ApiProblem.SERVER_ERROR),
            Map.entry("internalError", ApiProblem.SERVER_ERROR),
            Map.entry("keyInvalid", ApiProblem.KEY_INVALID),
            Map.entry("keyExpired", ApiProblem.KEY_INVALID),
            Map.entry("API_KEY_INVALID", ApiProblem.KEY_INVALID),
            Map.entry("API_KEY_EXPIRED", ApiProblem.KEY_INVALID),
            Map.entry("accessNotConfigured", ApiProblem.API_NOT_ENABLED),
            Map.entry("SERVICE_DISABLED", ApiProblem.API_NOT_ENABLED),
            Map.entry("API_KEY_SERVICE_BLOCKED", ApiProblem.KEY_RESTRICTED),
            Map.entry("API_KEY_HTTP_REFERRER_BLOCKED", ApiProblem.KEY_RESTRICTED),
            Map.entry("API_KEY_IP_ADDRESS_BLOCKED", ApiProblem.KEY_RESTRICTED),
            Map.entry("API_KEY_ANDROID_APP_BLOCKED", ApiProblem.KEY_RESTRICTED),
            Map.entry("API_KEY_IOS_APP_BLOCKED", ApiProblem.KEY_RESTRICTED),
            Map.entry("ipRefererBlocked", ApiProblem.KEY_RESTRICTED));

    private ApiErrorClassifier() {
    }

    /**
     * Classifies an answer with a non-2xx, non-304 status.
     *
     * @param status the HTTP status
     * @param body   the answer's body, possibly empty or not JSON
     */
    public static ApiFailure classify(int status, String body) {
        JsonNode error = errorObject(body);
        String first = error == null ? "" : error.path("errors").path(0).path("reason").asText("");
        ApiProblem problem = REASONS.get(first);
        String reason = first;
        if (problem == null && error != null) {
            for (JsonNode d : error.path("details")) {
                String r = d.path("reason").asText("");
                if (REASONS.containsKey(r)) {
                    problem = REASONS.get(r);
                    reason = first.isEmpty() ? r : first + ": " + r;
                    break;
                }
            }
        }
        if (problem == null) {
            problem = byStatus(status, first);
        }
        return new ApiFailure(problem, status, reason, 1);
    }

    private static ApiProblem byStatus(int status, String reason) {
        if (reason.equals("forbidden")) {
            return ApiProblem.KEY_RESTRICTED;
        }
        if (status == 429) {
            return ApiProblem.RATE_LIMITED;
        }
        if (status >= 500) {
            return ApiProblem.SERVER_ERROR;
        }
        return ApiProblem.OTHER;
    }

    /** The {@code error} object of a Google error body, or {@code null} when the body is not one. */
    private static JsonNode errorObject(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode root = Json.MAPPER.readTree(body);
            JsonNode error = root == null ? null : root.get("error");
            return error != null && error.isObject() ? error : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
