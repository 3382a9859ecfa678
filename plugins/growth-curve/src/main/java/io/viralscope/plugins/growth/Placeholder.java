package io.viralscope.plugins.growth;
final class Placeholder {}
