package org.pressroom.core.job;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Job ids derived from what the job renders, so a checksum is queued once however often
 * it is dispatched.
 */
public final class JobIds {

	private JobIds() {
	}

	public static UUID render(RenderRequest request) {
		String name = "pressroom-render:" + request.atbdId() + ":" + request.major() + ":" + request.checksum() + ":"
				+ request.generation();
		return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
	}

}
