package org.supervision.agreement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SupervisionAgreementRepository extends JpaRepository<SupervisionAgreement, Long> {

    List<SupervisionAgreement> findByStaffIdOrderByIdAsc(String staffId);

    List<SupervisionAgreement> findByStaffIdInOrderByIdAsc(java.util.Collection<String> staffIds);

    Optional<SupervisionAgreement> findByStaffIdAndStatus(String staffId, AgreementStatus status);

    boolean existsByStaffIdAndStatus(String staffId, AgreementStatus status);

    long countByStaffIdAndAgreementVersionNotNull(String staffId);
}
