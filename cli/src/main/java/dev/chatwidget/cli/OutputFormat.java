package dev.chatwidget.cli;

/** How results are printed: a readable table, or exactly the API's JSON. */
enum OutputFormat {
    TABLE, JSON
}
