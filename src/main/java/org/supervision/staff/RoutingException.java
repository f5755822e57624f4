package org.supervision.staff;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A task cannot be routed to a person. Raised inside the engine so that an asynchronous
 * step fails visibly (an incident in Cockpit with this message) instead of leaving a
 * task that nobody sees.
 */
public class RoutingException extends ProcessEngineException {

    public RoutingException(String message) {
        super(message);
    }
}
