package io.viralscope.app.cli;

import io.viralscope.api.PluginApi;
import picocli.CommandLine.IVersionProvider;

/** {@code viralscope --version}: the application and plugin API versions. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = ViralscopeCommand.class.getPackage().getImplementationVersion();
        return new String[] {"Viralscope " + (v == null ? "(development build)" : v) + ", plugin API "
                + PluginApi.VERSION};
    }
}
