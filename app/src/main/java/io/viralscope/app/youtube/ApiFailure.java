package io.viralscope.app.youtube;

/**
 * A failed {@code videos.list} request, classified. The message never holds the request URL, which carries the
 * API key: sentences for users are built from {@link #problem()}, {@link #status()} and {@link #reason()} only.
 */
public final class ApiFailure extends Exception {
    private static final long serialVersionUID = 1L;

    private final ApiProblem problem;
    private final int status;
    private final String reason;
    private final int attempts;

    /**
     * @param problem  what kind of failure
     * @param status   HTTP status, or 0 when there was no answer
     * @param reason   YouTube's reason ({@code quotaExceeded}...), or a short description such as "timeout"
     * @param attempts requests sent for this batch before giving up
     */
    public ApiFailure(ApiProblem problem, int status, String reason, int attempts) {
        super(problem + (status > 0 ? " HTTP " + status : "") + (reason.isEmpty() ? "" : " " + reason), null,
                false, false);
        this.problem = problem;
        this.status = status;
        this.reason = reason;
        this.attempts = attempts;
    }

    /** The same failure after {@code n} attempts. */
    public ApiFailure afterAttempts(int n) {
        return new ApiFailure(problem, status, reason, n);
    }

    public ApiProblem problem() {
        return problem;
    }

    /** HTTP status, or 0 when no answer arrived. */
    public int status() {
        return status;
    }

    /** YouTube's reason, or a short description of the network failure; may be empty. */
    public String reason() {
        return reason;
    }

    /** Requests sent for the batch, the failed ones included. */
    public int attempts() {
        return attempts;
    }
}
