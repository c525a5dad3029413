package dev.chatwidget.adapter.inmemory.archsamples;

import jakarta.inject.Inject;

/** Breaks "no field injection". */
class FieldInjected {
    @Inject
    Object dependency;
}
