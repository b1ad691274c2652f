variable "account_id" {
  description = "The account these resources are deployed into (network)."
  type        = string

  validation {
    condition     = can(regex("^[0-9]{12}$", var.account_id))
    error_message = "account_id must be 12 digits."
  }
}

variable "role_name" {
  description = "The IAM role assumed in the account (AWSControlTowerExecution under Control Tower)."
  type        = string
  default     = "OrganizationAccountAccessRole"
}

variable "tgw_attachment_id_tgw_attach_team01_us_east_1_vpc01" {
  description = "Transit gateway attachment tgw-attach/team01/us-east-1/vpc01 (output tgw_attachment_id_tgw_attach_team01_us_east_1_vpc01 of module team01; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team01_us_east_1_vpc02" {
  description = "Transit gateway attachment tgw-attach/team01/us-east-1/vpc02 (output tgw_attachment_id_tgw_attach_team01_us_east_1_vpc02 of module team01; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team01_us_east_1_vpc03" {
  description = "Transit gateway attachment tgw-attach/team01/us-east-1/vpc03 (output tgw_attachment_id_tgw_attach_team01_us_east_1_vpc03 of module team01; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team01_us_east_1_vpc04" {
  description = "Transit gateway attachment tgw-attach/team01/us-east-1/vpc04 (output tgw_attachment_id_tgw_attach_team01_us_east_1_vpc04 of module team01; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team01_us_east_1_vpc05" {
  description = "Transit gateway attachment tgw-attach/team01/us-east-1/vpc05 (output tgw_attachment_id_tgw_attach_team01_us_east_1_vpc05 of module team01; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team01_us_east_1_vpc06" {
  description = "Transit gateway attachment tgw-attach/team01/us-east-1/vpc06 (output tgw_attachment_id_tgw_attach_team01_us_east_1_vpc06 of module team01; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team01_us_east_1_vpc07" {
  description = "Transit gateway attachment tgw-attach/team01/us-east-1/vpc07 (output tgw_attachment_id_tgw_attach_team01_us_east_1_vpc07 of module team01; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team01_us_east_1_vpc08" {
  description = "Transit gateway attachment tgw-attach/team01/us-east-1/vpc08 (output tgw_attachment_id_tgw_attach_team01_us_east_1_vpc08 of module team01; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team01_us_east_1_vpc09" {
  description = "Transit gateway attachment tgw-attach/team01/us-east-1/vpc09 (output tgw_attachment_id_tgw_attach_team01_us_east_1_vpc09 of module team01; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team01_us_east_1_vpc10" {
  description = "Transit gateway attachment tgw-attach/team01/us-east-1/vpc10 (output tgw_attachment_id_tgw_attach_team01_us_east_1_vpc10 of module team01; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team02_us_east_1_vpc11" {
  description = "Transit gateway attachment tgw-attach/team02/us-east-1/vpc11 (output tgw_attachment_id_tgw_attach_team02_us_east_1_vpc11 of module team02; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team02_us_east_1_vpc12" {
  description = "Transit gateway attachment tgw-attach/team02/us-east-1/vpc12 (output tgw_attachment_id_tgw_attach_team02_us_east_1_vpc12 of module team02; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team02_us_east_1_vpc13" {
  description = "Transit gateway attachment tgw-attach/team02/us-east-1/vpc13 (output tgw_attachment_id_tgw_attach_team02_us_east_1_vpc13 of module team02; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team02_us_east_1_vpc14" {
  description = "Transit gateway attachment tgw-attach/team02/us-east-1/vpc14 (output tgw_attachment_id_tgw_attach_team02_us_east_1_vpc14 of module team02; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team02_us_east_1_vpc15" {
  description = "Transit gateway attachment tgw-attach/team02/us-east-1/vpc15 (output tgw_attachment_id_tgw_attach_team02_us_east_1_vpc15 of module team02; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team02_us_east_1_vpc16" {
  description = "Transit gateway attachment tgw-attach/team02/us-east-1/vpc16 (output tgw_attachment_id_tgw_attach_team02_us_east_1_vpc16 of module team02; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team02_us_east_1_vpc17" {
  description = "Transit gateway attachment tgw-attach/team02/us-east-1/vpc17 (output tgw_attachment_id_tgw_attach_team02_us_east_1_vpc17 of module team02; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team02_us_east_1_vpc18" {
  description = "Transit gateway attachment tgw-attach/team02/us-east-1/vpc18 (output tgw_attachment_id_tgw_attach_team02_us_east_1_vpc18 of module team02; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team02_us_east_1_vpc19" {
  description = "Transit gateway attachment tgw-attach/team02/us-east-1/vpc19 (output tgw_attachment_id_tgw_attach_team02_us_east_1_vpc19 of module team02; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team02_us_east_1_vpc20" {
  description = "Transit gateway attachment tgw-attach/team02/us-east-1/vpc20 (output tgw_attachment_id_tgw_attach_team02_us_east_1_vpc20 of module team02; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team03_us_east_1_vpc21" {
  description = "Transit gateway attachment tgw-attach/team03/us-east-1/vpc21 (output tgw_attachment_id_tgw_attach_team03_us_east_1_vpc21 of module team03; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team03_us_east_1_vpc22" {
  description = "Transit gateway attachment tgw-attach/team03/us-east-1/vpc22 (output tgw_attachment_id_tgw_attach_team03_us_east_1_vpc22 of module team03; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team03_us_east_1_vpc23" {
  description = "Transit gateway attachment tgw-attach/team03/us-east-1/vpc23 (output tgw_attachment_id_tgw_attach_team03_us_east_1_vpc23 of module team03; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team03_us_east_1_vpc24" {
  description = "Transit gateway attachment tgw-attach/team03/us-east-1/vpc24 (output tgw_attachment_id_tgw_attach_team03_us_east_1_vpc24 of module team03; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team03_us_east_1_vpc25" {
  description = "Transit gateway attachment tgw-attach/team03/us-east-1/vpc25 (output tgw_attachment_id_tgw_attach_team03_us_east_1_vpc25 of module team03; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team03_us_east_1_vpc26" {
  description = "Transit gateway attachment tgw-attach/team03/us-east-1/vpc26 (output tgw_attachment_id_tgw_attach_team03_us_east_1_vpc26 of module team03; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team03_us_east_1_vpc27" {
  description = "Transit gateway attachment tgw-attach/team03/us-east-1/vpc27 (output tgw_attachment_id_tgw_attach_team03_us_east_1_vpc27 of module team03; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team03_us_east_1_vpc28" {
  description = "Transit gateway attachment tgw-attach/team03/us-east-1/vpc28 (output tgw_attachment_id_tgw_attach_team03_us_east_1_vpc28 of module team03; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team03_us_east_1_vpc29" {
  description = "Transit gateway attachment tgw-attach/team03/us-east-1/vpc29 (output tgw_attachment_id_tgw_attach_team03_us_east_1_vpc29 of module team03; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team03_us_east_1_vpc30" {
  description = "Transit gateway attachment tgw-attach/team03/us-east-1/vpc30 (output tgw_attachment_id_tgw_attach_team03_us_east_1_vpc30 of module team03; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team04_us_east_1_vpc31" {
  description = "Transit gateway attachment tgw-attach/team04/us-east-1/vpc31 (output tgw_attachment_id_tgw_attach_team04_us_east_1_vpc31 of module team04; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team04_us_east_1_vpc32" {
  description = "Transit gateway attachment tgw-attach/team04/us-east-1/vpc32 (output tgw_attachment_id_tgw_attach_team04_us_east_1_vpc32 of module team04; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team04_us_east_1_vpc33" {
  description = "Transit gateway attachment tgw-attach/team04/us-east-1/vpc33 (output tgw_attachment_id_tgw_attach_team04_us_east_1_vpc33 of module team04; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team04_us_east_1_vpc34" {
  description = "Transit gateway attachment tgw-attach/team04/us-east-1/vpc34 (output tgw_attachment_id_tgw_attach_team04_us_east_1_vpc34 of module team04; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team04_us_east_1_vpc35" {
  description = "Transit gateway attachment tgw-attach/team04/us-east-1/vpc35 (output tgw_attachment_id_tgw_attach_team04_us_east_1_vpc35 of module team04; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team04_us_east_1_vpc36" {
  description = "Transit gateway attachment tgw-attach/team04/us-east-1/vpc36 (output tgw_attachment_id_tgw_attach_team04_us_east_1_vpc36 of module team04; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team04_us_east_1_vpc37" {
  description = "Transit gateway attachment tgw-attach/team04/us-east-1/vpc37 (output tgw_attachment_id_tgw_attach_team04_us_east_1_vpc37 of module team04; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team04_us_east_1_vpc38" {
  description = "Transit gateway attachment tgw-attach/team04/us-east-1/vpc38 (output tgw_attachment_id_tgw_attach_team04_us_east_1_vpc38 of module team04; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team04_us_east_1_vpc39" {
  description = "Transit gateway attachment tgw-attach/team04/us-east-1/vpc39 (output tgw_attachment_id_tgw_attach_team04_us_east_1_vpc39 of module team04; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team04_us_east_1_vpc40" {
  description = "Transit gateway attachment tgw-attach/team04/us-east-1/vpc40 (output tgw_attachment_id_tgw_attach_team04_us_east_1_vpc40 of module team04; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team05_us_east_1_vpc41" {
  description = "Transit gateway attachment tgw-attach/team05/us-east-1/vpc41 (output tgw_attachment_id_tgw_attach_team05_us_east_1_vpc41 of module team05; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team05_us_east_1_vpc42" {
  description = "Transit gateway attachment tgw-attach/team05/us-east-1/vpc42 (output tgw_attachment_id_tgw_attach_team05_us_east_1_vpc42 of module team05; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team05_us_east_1_vpc43" {
  description = "Transit gateway attachment tgw-attach/team05/us-east-1/vpc43 (output tgw_attachment_id_tgw_attach_team05_us_east_1_vpc43 of module team05; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team05_us_east_1_vpc44" {
  description = "Transit gateway attachment tgw-attach/team05/us-east-1/vpc44 (output tgw_attachment_id_tgw_attach_team05_us_east_1_vpc44 of module team05; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team05_us_east_1_vpc45" {
  description = "Transit gateway attachment tgw-attach/team05/us-east-1/vpc45 (output tgw_attachment_id_tgw_attach_team05_us_east_1_vpc45 of module team05; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team05_us_east_1_vpc46" {
  description = "Transit gateway attachment tgw-attach/team05/us-east-1/vpc46 (output tgw_attachment_id_tgw_attach_team05_us_east_1_vpc46 of module team05; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team05_us_east_1_vpc47" {
  description = "Transit gateway attachment tgw-attach/team05/us-east-1/vpc47 (output tgw_attachment_id_tgw_attach_team05_us_east_1_vpc47 of module team05; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team05_us_east_1_vpc48" {
  description = "Transit gateway attachment tgw-attach/team05/us-east-1/vpc48 (output tgw_attachment_id_tgw_attach_team05_us_east_1_vpc48 of module team05; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team05_us_east_1_vpc49" {
  description = "Transit gateway attachment tgw-attach/team05/us-east-1/vpc49 (output tgw_attachment_id_tgw_attach_team05_us_east_1_vpc49 of module team05; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team05_us_east_1_vpc50" {
  description = "Transit gateway attachment tgw-attach/team05/us-east-1/vpc50 (output tgw_attachment_id_tgw_attach_team05_us_east_1_vpc50 of module team05; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team06_us_east_1_vpc51" {
  description = "Transit gateway attachment tgw-attach/team06/us-east-1/vpc51 (output tgw_attachment_id_tgw_attach_team06_us_east_1_vpc51 of module team06; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team06_us_east_1_vpc52" {
  description = "Transit gateway attachment tgw-attach/team06/us-east-1/vpc52 (output tgw_attachment_id_tgw_attach_team06_us_east_1_vpc52 of module team06; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team06_us_east_1_vpc53" {
  description = "Transit gateway attachment tgw-attach/team06/us-east-1/vpc53 (output tgw_attachment_id_tgw_attach_team06_us_east_1_vpc53 of module team06; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team06_us_east_1_vpc54" {
  description = "Transit gateway attachment tgw-attach/team06/us-east-1/vpc54 (output tgw_attachment_id_tgw_attach_team06_us_east_1_vpc54 of module team06; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team06_us_east_1_vpc55" {
  description = "Transit gateway attachment tgw-attach/team06/us-east-1/vpc55 (output tgw_attachment_id_tgw_attach_team06_us_east_1_vpc55 of module team06; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team06_us_east_1_vpc56" {
  description = "Transit gateway attachment tgw-attach/team06/us-east-1/vpc56 (output tgw_attachment_id_tgw_attach_team06_us_east_1_vpc56 of module team06; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team06_us_east_1_vpc57" {
  description = "Transit gateway attachment tgw-attach/team06/us-east-1/vpc57 (output tgw_attachment_id_tgw_attach_team06_us_east_1_vpc57 of module team06; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team06_us_east_1_vpc58" {
  description = "Transit gateway attachment tgw-attach/team06/us-east-1/vpc58 (output tgw_attachment_id_tgw_attach_team06_us_east_1_vpc58 of module team06; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team06_us_east_1_vpc59" {
  description = "Transit gateway attachment tgw-attach/team06/us-east-1/vpc59 (output tgw_attachment_id_tgw_attach_team06_us_east_1_vpc59 of module team06; what needs it is created once it is set)."
  type        = string
  default     = null
}

variable "tgw_attachment_id_tgw_attach_team06_us_east_1_vpc60" {
  description = "Transit gateway attachment tgw-attach/team06/us-east-1/vpc60 (output tgw_attachment_id_tgw_attach_team06_us_east_1_vpc60 of module team06; what needs it is created once it is set)."
  type        = string
  default     = null
}
