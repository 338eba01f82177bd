/**
 * How the JobRunr dashboard is exposed to admins. JobRunr serves it from its own JDK HTTP
 * server with single-user basic auth, outside Spring Security, so the rules live here.
 */
package org.pressroom.dashboard;
