package io.viralscope.app.youtube;

/**
 * Why a {@code videos.list} request failed, sorted by what the poller must do about it (docs/architecture.md#errors-and-backoff).
 */
public enum ApiProblem {
    /** {@code quotaExceeded}, {@code dailyLimitExceeded}: nothing more today; wait for the Pacific-time reset. */
    QUOTA_EXCEEDED(false),
    /** Viralscope's own daily budget ({@code youtube.daily-quota}) is spent; wait for the reset. */
    BUDGET_SPENT(false),
    /** {@code rateLimitExceeded} (429, or 403 in the legacy format): back off at least 30 s, then retry. */
    RATE_LIMITED(true),
    /** 500, 503 and other server errors: back off exponentially from 1 s, then retry. */
    SERVER_ERROR(true),
    /** No answer: timeout, connection refused or reset, unknown host. Retried like a server error. */
    NETWORK(true),
    /** {@code keyInvalid}, {@code API_KEY_INVALID}: the key is wrong. Permanent. */
    KEY_INVALID(false),
    /** {@code accessNotConfigured}, {@code SERVICE_DISABLED}: the API is not enabled in the key's project. */
    API_NOT_ENABLED(false),
    /** {@code forbidden}, {@code API_KEY_SERVICE_BLOCKED}, referrer or IP blocks: the key's restrictions. */
    KEY_RESTRICTED(false),
    /** A 2xx answer that is not a {@code videos.list} response (not JSON, or not its shape). */
    NOT_AN_API_RESPONSE(false),
    /** Any other refusal: a 4xx without a reason Viralscope knows. */
    OTHER(false);

    private final boolean retryable;

    ApiProblem(boolean retryable) {
        this.retryable = retryable;
    }

    /** True when the same request may succeed if sent again after a wait. */
    public boolean retryable() {
        return retryable;
    }

    /** True when polling can resume after the quota reset at midnight Pacific time. */
    public boolean waitsForReset() {
        return this == QUOTA_EXCEEDED || this == BUDGET_SPENT;
    }

    /** True when only a change by the user (key, project, configuration) can fix it. */
    public boolean permanent() {
        return !retryable && !waitsForReset();
    }
}
