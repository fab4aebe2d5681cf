package dev.assay.intake.email;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@link FirstMessages} in a map, for tests without MongoDB. */
final class MemoryFirstMessages implements FirstMessages {

    private final Map<String, String> firstIds = new ConcurrentHashMap<>();

    @Override
    public String earlierThan(String messageKey, String communicationId) {
        String first = messageKey == null ? null : firstIds.get(messageKey);
        return communicationId.equals(first) ? null : first;
    }

    @Override
    public void recordFirst(String messageKey, String communicationId) {
        if (messageKey != null) {
            firstIds.putIfAbsent(messageKey, communicationId);
        }
    }
}
