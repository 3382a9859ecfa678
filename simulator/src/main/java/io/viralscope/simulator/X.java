package io.viralscope.simulator; class X{}
