/**
 * {@code dyad serve}: the REST API under {@code /api/v1} and the dashboard, on Javalin over one
 * store. {@link dev.dyad.app.serve.DyadServer} is the entry point; {@link
 * dev.dyad.app.serve.StoreAccess} lends the store to request threads.
 */
package dev.dyad.app.serve;
