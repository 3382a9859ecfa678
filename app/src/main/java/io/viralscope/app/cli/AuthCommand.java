package io.viralscope.app.cli;

import com.google.api.client.extensions.jetty.auth.oauth2.LocalServerReceiver;
import com.google.api.client.http.apache.v2.ApacheHttpTransport;
import io.viralscope.app.UserError;
import io.viralscope.app.auth.AccessTokens;
import io.viralscope.app.auth.ChannelLookup;
import io.viralscope.app.auth.Login;
import io.viralscope.app.auth.LoginFlow;
import io.viralscope.app.auth.OAuthClient;
import io.viralscope.app.auth.Revocation;
import io.viralscope.app.auth.SignIn;
import io.viralscope.app.auth.SignInFile;
import io.viralscope.app.config.Settings;
import io.viralscope.app.youtube.ApiFailureMessage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.awt.Desktop;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code viralscope auth login | status | logout}: the channel owner's sign-in for owner analytics. */
@Command(name = "auth", description = "Sign in to YouTube Analytics as a channel owner (OAuth), for analytics pull.",
        subcommands = {AuthCommand.LoginCommand.class, AuthCommand.Status.class, AuthCommand.Logout.class},
        synopsisSubcommandLabel = "(login | status | logout)")
final class AuthCommand implements Runnable {

    @Mixin
    HelpOption help;

    @ParentCommand
    ViralscopeCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw MissingSubcommand.of(spec);
    }

    private static SignInFile file(CliContext ctx) {
        return SignInFile.inHome(ctx.home());
    }

    /** {@code auth login [--no-browser] [--port N]}. */
    @Command(name = "login", description = {"Sign in with Google as the owner (or a manager) of a YouTube channel.",
            "Opens the browser at Google's consent page (or prints its address with --no-browser), then waits for"
                    + " Google to redirect to this machine. Asks for read-only access to YouTube Analytics and"
                    + " YouTube. The refresh token is kept in ~/.viralscope/youtube-oauth.json, readable by you"
                    + " alone."})
    static final class LoginCommand implements Callable<Integer> {

        @Mixin
        HelpOption help;

        @ParentCommand
        AuthCommand auth;

        @Option(names = "--no-browser", description = "Print the address to open instead of opening a browser.")
        boolean noBrowser;

        @Option(names = "--port", paramLabel = "N", description = "Port of the local redirect receiver (default: any"
                + " free port); fix it to forward it over SSH when the browser runs on another machine.")
        int port = -1;

        private final CliContext ctx;

        LoginCommand(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            Settings settings = auth.root.settings();
            OAuthClient client = OAuthClient.resolve(settings.ownerAnalytics(), ctx.env());
            ApacheHttpTransport transport = new ApacheHttpTransport();
            LoginFlow flow = new LoginFlow(settings.ownerAnalytics().tokenUrl(), client, transport, ctx.clock(),
                    settings.youtube().requestTimeout());
            Login login = new Login(flow, new ChannelLookup(transport, settings.youtube().rootUrl(),
                    settings.youtube().requestTimeout()), file(ctx), ctx.clock());
            LocalServerReceiver receiver = new LocalServerReceiver.Builder().setHost("localhost").setPort(port)
                    .build();
            SignIn signIn = login.run(receiver, this::show);
            ctx.out().println("Signed in as " + signIn.channel() + "; the sign-in is kept in " + file(ctx).path()
                    + ", readable by you alone.");
            if (signIn.channelId().isEmpty()) {
                ctx.out().println("YouTube did not name the account's channel; check that the Google account owns"
                        + " or manages a channel (analytics pull names videos it cannot read).");
            }
            return 0;
        }

        private void show(String url) {
            if (!noBrowser && openBrowser(url)) {
                ctx.out().println("Opened the browser at Google's sign-in page; if it did not appear, open this"
                        + " address:");
            } else {
                ctx.out().println("Open this address in a browser to sign in:");
            }
            ctx.out().println(url);
            ctx.out().println("Waiting for Google to send the browser back here...");
        }

        private boolean openBrowser(String url) {
            try {
                if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                    Desktop.getDesktop().browse(URI.create(url));
                    return true;
                }
            } catch (Exception | LinkageError e) {
                // headless or no browser registered: the printed address is the way
            }
            return false;
        }
    }

    /** {@code auth status}. */
    @Command(name = "status", description = "Say which channel is signed in and when its token was last refreshed.")
    static final class Status implements Callable<Integer> {

        @Mixin
        HelpOption help;

        private final CliContext ctx;

        Status(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            if (!ctx.env().getOrDefault(AccessTokens.ENV_REFRESH_TOKEN, "").isBlank()) {
                ctx.out().println("Owner analytics use the refresh token in " + AccessTokens.ENV_REFRESH_TOKEN
                        + " (with " + OAuthClient.ENV_ID + " and " + OAuthClient.ENV_SECRET + "); the saved"
                        + " sign-in, if any, is not used while it is set.");
                return 0;
            }
            Optional<SignIn> signIn = file(ctx).read();
            if (signIn.isEmpty()) {
                ctx.out().println("No YouTube channel is signed in; run `viralscope auth login`.");
                return 0;
            }
            SignIn s = signIn.get();
            ctx.out().println("Signed in as " + s.channel()
                    + (s.signedInAt() == null ? "" : " since " + ApiFailureMessage.utc(s.signedInAt()))
                    + "; the access token was " + (s.refreshedAt() == null ? "never refreshed"
                    : "last refreshed " + ApiFailureMessage.utc(s.refreshedAt())) + ". The sign-in is kept in "
                    + file(ctx).path() + ".");
            return 0;
        }
    }

    /** {@code auth logout}. */
    @Command(name = "logout", description = "Revoke the sign-in at Google and delete it from this machine.")
    static final class Logout implements Callable<Integer> {

        @Mixin
        HelpOption help;

        @ParentCommand
        AuthCommand auth;

        private final CliContext ctx;

        Logout(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            SignInFile file = file(ctx);
            Optional<SignIn> signIn;
            try {
                signIn = file.read();
            } catch (UserError unusable) {
                // a file others could read is not worth revoking from here: the token may be copied; delete it
                file.delete();
                ctx.out().println("Deleted " + file.path() + " without revoking it (it was not usable); remove"
                        + " Viralscope's access at https://myaccount.google.com/permissions as well.");
                return 0;
            }
            if (signIn.isEmpty()) {
                ctx.out().println("No YouTube channel is signed in; nothing to log out.");
                return 0;
            }
            Settings settings = auth.root.settings();
            Revocation revocation = new Revocation(new ApacheHttpTransport(), settings.ownerAnalytics().tokenUrl(),
                    settings.youtube().requestTimeout());
            Revocation.Outcome outcome = revocation.revoke(signIn.get().refreshToken());
            file.delete();
            String channel = signIn.get().channel();
            ctx.out().println(switch (outcome) {
                case REVOKED -> "Revoked the sign-in of " + channel + " at Google and deleted " + file.path() + ".";
                case ALREADY_INVALID -> "Google had already revoked the sign-in of " + channel + "; deleted "
                        + file.path() + ".";
                case NOT_CONFIRMED -> "Deleted " + file.path() + ", but Google did not confirm the revocation at "
                        + revocation.url() + "; remove Viralscope's access at"
                        + " https://myaccount.google.com/permissions to be sure.";
            });
            return 0;
        }
    }
}
