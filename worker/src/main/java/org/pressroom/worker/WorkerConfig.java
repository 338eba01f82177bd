package org.pressroom.worker;

import org.pressroom.core.PressroomCoreConfig;
import org.pressroom.worker.render.RenderProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The worker's beans; imported by {@link PressroomWorker} and by a local run that puts
 * app and worker together.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
@Import(PressroomCoreConfig.class)
@EnableConfigurationProperties(RenderProperties.class)
public class WorkerConfig {

}
