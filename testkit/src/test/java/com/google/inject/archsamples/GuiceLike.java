package com.google.inject.archsamples;

/** Stands in for a Guice type in the architecture rules' tests (Guice is not on the testkit's classpath). */
public class GuiceLike {
}
