package dev.chatwidget.adapter.http;

import dev.chatwidget.core.error.ChatWidgetError;
import io.vavr.control.Either;

/** Decodes a 2xx body into the operation's result. */
@FunctionalInterface
interface ResponseDecoder<T> {

    Either<ChatWidgetError, T> decode(byte[] body);
}
