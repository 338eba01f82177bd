package org.pressroom.core.job;

/**
 * Implemented by the worker. Runs at least once per request: implementations are
 * idempotent.
 */
public interface RenderWork {

	void render(RenderRequest request) throws Exception;

}
