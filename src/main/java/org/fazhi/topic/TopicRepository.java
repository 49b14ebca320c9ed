package org.fazhi.topic;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Topics in display order.
 */
public interface TopicRepository extends JpaRepository<Topic, Long> {

	List<Topic> findAllByOrderByPositionAscIdAsc();

	List<Topic> findByActiveTrueOrderByPositionAscIdAsc();

	Optional<Topic> findByName(String name);

}
