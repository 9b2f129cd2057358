/**
 * Time: publication dates from metadata and text, and event dates read around an event's trigger.
 * Depends on {@code model} and {@code text} only; the coder receives event dates through {@code
 * dev.dyad.core.coding.EventDater}.
 */
package dev.dyad.core.time;
