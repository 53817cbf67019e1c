import { ApiProperty } from '@nestjs/swagger';

import { CaseDto } from '@api/modules/cases/dto/case.dto';

export class UnmappedElementDto {
  @ApiProperty({ example: 'Bundle.entry[4].resource.code' }) element!: string;
  @ApiProperty({ type: String, nullable: true, example: 'Observation/3f2…' }) resource!: string | null;
  @ApiProperty({ example: 'LOINC 2345-7 is not a code Consilium reads' }) reason!: string;
}

export class ImportedPatientDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'Registered by this import (false: matched by MRN)' }) created!: boolean;
  @ApiProperty({
    enum: ['fullName', 'sex'],
    isArray: true,
    description: "Where the bundle differs from the registered patient's record, which is kept as it was",
  })
  differences!: ('fullName' | 'sex')[];
}

export class FhirImportResultDto {
  @ApiProperty({ type: CaseDto, description: 'The draft case, with every fact the bundle gave' }) case!: CaseDto;
  @ApiProperty({ type: ImportedPatientDto }) patient!: ImportedPatientDto;
  @ApiProperty({
    type: UnmappedElementDto,
    isArray: true,
    description: 'What could not be read, and why: a clinician completes the rest in the case editor',
  })
  unmapped!: UnmappedElementDto[];
}
