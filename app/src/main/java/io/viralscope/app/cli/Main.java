package io.viralscope.app.cli;

public final class Main {
    public static void main(String[] args) {
    }
}
