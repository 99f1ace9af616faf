package org.werving.faults;

/** Sleeping without checked exceptions; an interrupt ends the sleep and stays set. */
final class Pause {
    private Pause() {
    }

    static void millis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void seconds(long seconds) {
        millis(seconds * 1000);
    }
}
